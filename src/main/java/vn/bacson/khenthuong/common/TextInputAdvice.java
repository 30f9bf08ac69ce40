package vn.bacson.khenthuong.common;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Applies {@link TextRules} to every JSON body (records and free-form trees alike) right after it is read, so no
 * endpoint can forget it: a text with a control character or over the length limit answers 400
 * VALIDATION_FAILED naming each field. Form pages and the Tasklist reach the same rule in the services.
 */
@ControllerAdvice(basePackages = "vn.bacson.khenthuong")
class TextInputAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        TextRules.require(body);
        return body;
    }
}
