package vn.bacson.khenthuong.stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** {@link StageCommands} without a Spring context, with the application's messages and a validator as Boot makes it. */
public final class StageCommandsFixture {

    private StageCommandsFixture() {}

    public static StageCommands create() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        LocalValidatorFactoryBean validation = new LocalValidatorFactoryBean();
        validation.setMessageInterpolator(new MessageInterpolatorFactory(messages).getObject());
        validation.afterPropertiesSet();
        return new StageCommands(validation, messages, new ObjectMapper());
    }
}
