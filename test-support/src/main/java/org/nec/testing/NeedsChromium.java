package org.nec.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser test class: where Chromium is missing, each of its tests is reported as skipped, one by one, so the
 * reports still count them (a class-level skip would make them vanish). Its set-up must then start the browser
 * with {@link Browser#startIfInstalled()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsChromium.Condition.class)
public @interface NeedsChromium {

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (context.getTestMethod().isEmpty()) {
                return ConditionEvaluationResult.enabled("checked for each test");
            }
            return Browser.installed() ? ConditionEvaluationResult.enabled("Chromium is installed")
                    : ConditionEvaluationResult.disabled(Browser.MISSING);
        }
    }
}
