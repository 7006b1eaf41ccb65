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
package dev.camelgroq.responses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A section of a documentation file that is generated from the component JSON, between a begin and an end marker.
 * {@link #verify} fails when the file's section differs from the generated text; with {@code -Ddocs.update=true} it
 * rewrites the section first (creating the file from {@code template} when it does not exist). {@code separator}
 * goes between the markers and the section ({@code "\n"} where a blank line would end an AsciiDoc header).
 */
record GeneratedDocSection(Path doc, String begin, String end, String updateHint, String separator) {

    /** A section set off from its markers by blank lines. */
    GeneratedDocSection(Path doc, String begin, String end, String updateHint) {
        this(doc, begin, end, updateHint, "\n\n");
    }

    void verify(String generated, String template) throws IOException {
        String text = Files.exists(doc) ? Files.readString(doc) : template;
        int b = text.indexOf(begin);
        int e = text.indexOf(end, Math.max(b, 0));
        if (Boolean.getBoolean("docs.update")) {
            String head = b >= 0 ? text.substring(0, b) : "";
            String tail = e >= 0 ? text.substring(e + end.length()) : "\n";
            text = head + begin + separator + generated.strip() + separator + end + tail;
            Files.createDirectories(doc.toAbsolutePath().getParent());
            Files.writeString(doc, text);
            b = text.indexOf(begin);
            e = text.indexOf(end, b);
        }
        String current = b >= 0 && e > b ? text.substring(b + begin.length(), e).strip() : "";
        assertThat(current).as(doc + " is out of date: " + updateHint).isEqualTo(generated.strip());
    }
}
