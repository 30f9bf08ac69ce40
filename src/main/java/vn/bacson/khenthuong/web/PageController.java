package vn.bacson.khenthuong.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of HTML pages: its errors are the application's error pages ({@code WebErrors}), never JSON. Every
 * controller is either this or a {@code @RestController}, whose errors are problem+json ({@code ProblemAdvice});
 * ArchitectureTest holds that, so a page cannot fall back to the other kind by being placed in a new package.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
