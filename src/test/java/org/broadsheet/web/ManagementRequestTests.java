package org.broadsheet.web;

import java.io.IOException;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Odd requests to the Actuator's own port get a 4xx, never a 500 or a stack trace in the
 * log.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ManagementRequestTests {

	@LocalManagementPort
	int managementPort;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/actuator/health              | 200
			/actuator/health;x=%zz        | 400
			/actuator/health;x=%u0041     | 400
			/actuator;%2                  | 400
			/actuator/health/%ff          | 400
			""")
	void oddAddressesOnTheManagementPortAreRefusedWithoutAnError(String target, int status, CapturedOutput output)
			throws IOException {
		RawHttp.Answer answer = new RawHttp(this.managementPort).get(target);
		assertThat(answer.status()).as(target).isEqualTo(status);
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContainPattern("\\tat (org|java)\\.");
	}

}
