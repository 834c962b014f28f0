/**
 * What tools that pick a JDBC driver from the URL need in order to recognise {@code jdbc:guard:}
 * URLs: Spring Boot ({@link io.jdbcguard.driver.integration.SpringBootDriverClass}), Flyway
 * ({@link io.jdbcguard.driver.integration.FlywayGuardUrls}) and Liquibase ({@link
 * io.jdbcguard.driver.integration.LiquibaseGuardUrls}). Each is registered through the tool's own
 * service file and is loaded only by that tool, so none of them is needed on the class path; the
 * tools are compile-time ({@code provided}) dependencies of the driver.
 */
package io.jdbcguard.driver.integration;
