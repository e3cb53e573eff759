package org.broadsheet.editorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * The one configuration of the editors' MockMvc tests, so they share one Spring context
 * and its content folder {@link EditorialTests#DIR}, emptied whenever that context starts
 * (files from an earlier run would otherwise load as stories).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "broadsheet.content.dir=" + EditorialTests.DIR)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(EditorialClock.class)
@ContextConfiguration(initializers = EditorialTest.EmptyContentFolder.class)
@interface EditorialTest {

	/** Empties the content folder before the shared context loads it. */
	class EmptyContentFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			try {
				FileSystemUtils.deleteRecursively(Path.of(EditorialTests.DIR));
				Files.createDirectories(Path.of(EditorialTests.DIR));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
