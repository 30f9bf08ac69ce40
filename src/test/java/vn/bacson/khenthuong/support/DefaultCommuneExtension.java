package vn.bacson.khenthuong.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.bacson.khenthuong.commune.CommuneContext;

/**
 * Every test thread works in the installation's default commune ({@code bac-son}, as a Bắc Sơn official's request
 * would), so fixtures that call services or write rows directly land in a commune. Tests of isolation switch with
 * {@link CommuneContext#call}. Registered for all tests through JUnit's extension auto-detection.
 */
public class DefaultCommuneExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    public static final String DEFAULT_COMMUNE = "bac-son";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DefaultCommuneExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        open(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        open(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close(context);
    }

    private static void open(ExtensionContext context) {
        context.getStore(NAMESPACE).put(context.getUniqueId(), CommuneContext.open(DEFAULT_COMMUNE));
    }

    private static void close(ExtensionContext context) {
        CommuneContext.Scope scope =
                context.getStore(NAMESPACE).remove(context.getUniqueId(), CommuneContext.Scope.class);
        if (scope != null) {
            scope.close();
        }
    }
}
