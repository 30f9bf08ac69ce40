package vn.bacson.khenthuong.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import vn.bacson.khenthuong.process.ProvinceSettings;

/**
 * For an IT of the province's review: during each test the province reviews the communes' proposals in the system
 * (app.province.mode=internal); afterwards the mode is back to the manual entry the other ITs expect
 * ({@link PostgresIT}'s app.province.mode=external). Use with {@code @ExtendWith} on a {@link PostgresIT}.
 */
public final class ProvinceReviewsInTheSystem implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        settings(context).switchMode(ProvinceSettings.INTERNAL);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        settings(context).switchMode(ProvinceSettings.EXTERNAL);
    }

    private static ProvinceSettings settings(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(ProvinceSettings.class);
    }
}
