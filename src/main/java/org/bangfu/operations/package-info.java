/**
 * What operations watch (docs/operations.md): the health groups {@code engine}, {@code jobs} and {@code events}
 * beside Spring Boot's {@code db}, and Bangfu's own meters for the Prometheus scrape (job backlog and failures, open
 * tasks, event publications not yet completed, payments by state) and the latency histograms of the inbox REST
 * calls. The engine is read through {@code workflow}'s {@link org.bangfu.workflow.EngineGauges}; the event
 * publication registry ({@code event_publication}) and {@code payment_record} are read READ-ONLY with plain counts,
 * cached for {@code bangfu.operations.cache-ttl}. It owns no table and offers no API: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"workflow", "funds"})
package org.bangfu.operations;
