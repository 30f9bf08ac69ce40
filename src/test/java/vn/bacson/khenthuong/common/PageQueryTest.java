package vn.bacson.khenthuong.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageQueryTest {

    @Test
    void theOffsetOfTheLastPossiblePageDoesNotOverflow() {
        PageQuery last = PageQuery.parse(String.valueOf(Integer.MAX_VALUE), "200");
        assertThat(last.offset()).isEqualTo(Integer.MAX_VALUE * 200L).isPositive();
    }

    @Test
    void absentParametersAreTheFirstPageOfTwenty() {
        assertThat(PageQuery.parse(null, null)).isEqualTo(new PageQuery(0, 20));
    }

    @Test
    void aSizeOver200IsPageSizeTooLargeHoweverLarge() {
        for (String size : new String[] {"201", "2147483648", "9".repeat(40)}) {
            assertThatThrownBy(() -> PageQuery.parse("0", size))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PAGE_SIZE_TOO_LARGE));
        }
    }

    @Test
    void aPageBeyondIntOrNotANumberIsAFieldError() {
        for (String page : new String[] {"2147483648", "-1", "abc", "1e9", "9".repeat(40)}) {
            assertThatThrownBy(() -> PageQuery.parse(page, "20")).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                assertThat(e.violations().get(0).field()).isEqualTo("page");
            });
        }
    }
}
