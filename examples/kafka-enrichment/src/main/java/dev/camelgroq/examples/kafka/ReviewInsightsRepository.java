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
package dev.camelgroq.examples.kafka;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Header;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes one enriched record into {@code review_insights}, keyed by the record id (a redelivery updates the row). */
@Component
public class ReviewInsightsRepository {

    private static final String UPSERT = """
            INSERT INTO review_insights (id, product, rating, sentiment, key_features, total_tokens, record)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb))
            ON CONFLICT (id) DO UPDATE SET product = EXCLUDED.product, rating = EXCLUDED.rating,
                sentiment = EXCLUDED.sentiment, key_features = EXCLUDED.key_features,
                total_tokens = EXCLUDED.total_tokens, record = EXCLUDED.record, updated_at = now()
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper = new ObjectMapper();

    public ReviewInsightsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Upserts the record whose {@code insights} field holds the {@link Review}. */
    public void upsert(Map<String, Object> record, @Header("CamelGroqResponsesTotalTokens") Long totalTokens)
            throws JsonProcessingException {
        Review review = (Review) record.get(ReviewPipelineRoutes.INSIGHTS);
        jdbc.update(UPSERT, String.valueOf(record.get("id")), review.product(), review.rating(),
                review.sentiment().name(), mapper.writeValueAsString(review.keyFeatures()), totalTokens,
                mapper.writeValueAsString(record));
    }
}
