package org.migrantportal.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of visitors' feedback ({@code portal.feedback.*}).
 *
 * @param textRetentionDays how many days a visitor's text is kept after it was received;
 * then the text goes and the yes-or-no answer stays
 */
@ConfigurationProperties("portal.feedback")
@Validated
public record FeedbackProperties(@DefaultValue("180") @Min(1) @Max(3650) int textRetentionDays) {

}
