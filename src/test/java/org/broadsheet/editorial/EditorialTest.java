package org.broadsheet.editorial;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one configuration of the editors' MockMvc tests beside {@link EditorialTests}, so
 * they share its Spring context and content folder.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "broadsheet.content.dir=" + EditorialTests.DIR)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(EditorialClock.Config.class)
@interface EditorialTest {

}
