/*
 * Copyright 2026 The camel-groq-responses authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.camelgroq.responses.response;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The output text of an answer: its output_text parts in order, whatever messages and other parts surround them (JSON
 * quotes written as backquotes in the table).
 */
class ParsedResponseTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "one part|[{`type`:`message`,`content`:[{`type`:`output_text`,`text`:`Hello`}]}]|Hello",
        "two parts of one message|[{`type`:`message`,`content`:[{`type`:`output_text`,`text`:`Hel`},"
            + "{`type`:`output_text`,`text`:`lo`}]}]|Hello",
        "an empty part first|[{`type`:`message`,`content`:[{`type`:`output_text`,`text`:``},"
            + "{`type`:`output_text`,`text`:`Hello`}]}]|Hello",
        "parts of two messages around reasoning and a refusal|[{`type`:`message`,`content`:[{`type`:`output_text`,"
            + "`text`:`He`},{`type`:`refusal`,`refusal`:`no`}]},{`type`:`reasoning`,`content`:[]},"
            + "{`type`:`message`,`content`:[{`type`:`output_text`,`text`:`l`},{`type`:`output_text`,`text`:`lo`}]}]"
            + "|Hello",
        "no text part|[{`type`:`reasoning`,`content`:[]}]|''" })
    void joinsTheTextPartsInOrder(String what, String output, String text) {
        String json = "{\"id\":\"resp_1\",\"output\":" + output.replace('`', '"') + "}";
        ParsedResponse parsed = ParsedResponse.parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed).isNotNull();
        assertThat(parsed.outputText()).isEqualTo(text);
    }
}
