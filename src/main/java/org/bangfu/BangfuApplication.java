package org.bangfu;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@EnableProcessApplication("bangfu")
public class BangfuApplication {

    public static void main(String[] args) {
        SpringApplication.run(BangfuApplication.class, args);
    }
}
