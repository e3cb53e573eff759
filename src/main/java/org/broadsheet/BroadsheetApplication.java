package org.broadsheet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Broadsheet: a news portal whose stories are Markdown files.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BroadsheetApplication {

	public static void main(String[] args) {
		SpringApplication.run(BroadsheetApplication.class, args);
	}

}
