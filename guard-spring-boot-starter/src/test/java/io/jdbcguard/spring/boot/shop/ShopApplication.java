package io.jdbcguard.spring.boot.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small Boot application as a user writes it: JPA, Flyway, Liquibase, Actuator, the starter. */
@SpringBootApplication
public class ShopApplication {}
