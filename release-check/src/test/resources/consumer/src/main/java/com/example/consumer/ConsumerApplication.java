package com.example.consumer;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A user's application: one route, the component configured by application.properties alone. */
@SpringBootApplication
public class ConsumerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsumerApplication.class, args);
    }

    @Bean
    RouteBuilder classifyRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:classify").to("groq-responses:classify").setHeader("sentiment", body());
            }
        };
    }
}
