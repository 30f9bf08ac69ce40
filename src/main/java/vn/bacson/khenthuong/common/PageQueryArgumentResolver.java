package vn.bacson.khenthuong.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Binds a handler's {@link PageQuery} parameter from ?page=&size=, so no list can forget the rule. As an
 * interceptor it checks the same parameters before any other argument is bound: size=201 answers
 * PAGE_SIZE_TOO_LARGE on every list, whatever else the request lacks.
 */
class PageQueryArgumentResolver implements HandlerMethodArgumentResolver, HandlerInterceptor {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public PageQuery resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return PageQuery.parse(webRequest.getParameter("page"), webRequest.getParameter("size"));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && Arrays.stream(method.getMethodParameters()).anyMatch(this::supportsParameter)) {
            PageQuery.parse(request.getParameter("page"), request.getParameter("size"));
        }
        return true;
    }
}
