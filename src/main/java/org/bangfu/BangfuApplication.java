package org.bangfu;

import java.time.Clock;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableProcessApplication("bangfu")
public class BangfuApplication {

    public static void main(String[] args) {
        SpringApplication.run(BangfuApplication.class, args);
    }

    /** Business time; tests move it. The engine keeps its own ClockUtil. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
