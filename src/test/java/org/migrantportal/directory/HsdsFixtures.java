package org.migrantportal.directory;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.migrantportal.shared.CountryScope;

/**
 * A listing with every field filled in, in Georgian (source), English and Armenian: two
 * places, two phones and hours that run past midnight, all flagged as sample data.
 */
public final class HsdsFixtures {

	private HsdsFixtures() {
	}

	public static ServiceListingDocument everyField(Long organizationId, String suffix) {
		return new ServiceListingDocument(UUID.randomUUID(), organizationId, CountryScope.GEORGIA,
				ServiceStatus.TEMPORARILY_CLOSED, true, "shelter@example.org", "https://example.org/shelter",
				"Asia/Tbilisi", "ka", List.of("shelter", "counter-trafficking", "psycho-social"),
				List.of("ka", "en", "hy", "ru"),
				Map.of("ka",
						new ServiceListingDocument.Text("tavshesafari-" + suffix,
								"თავშესაფარი ტრეფიკინგის მსხვერპლთათვის",
								"უსაფრთხო საცხოვრებელი, ფსიქოლოგიური და სამედიცინო დახმარება.",
								"ტრეფიკინგის მსხვერპლებს და დაზარალებულებს.", "მომსახურება უფასოა.", false, null),
						"en",
						new ServiceListingDocument.Text("shelter-" + suffix, "Shelter for victims of trafficking",
								"Safe accommodation, psychological and medical help.",
								"Victims and survivors of trafficking.", "The service is free.", true, "ka"),
						"hy",
						new ServiceListingDocument.Text("apastaran-" + suffix, "Ապաստարան թրաֆիքինգի զոհերի համար",
								"Անվտանգ կացարան, հոգեբանական և բժշկական օգնություն։",
								"Թրաֆիքինգի զոհերին և տուժածներին։", "Ծառայությունն անվճար է։", true, "ka")),
				List.of(new ServiceListingDocument.Place(UUID.randomUUID(), UUID.randomUUID(), "GE", "batumi", "adjara",
						"6000", new BigDecimal("41.6168"), new BigDecimal("41.6367"), true,
						Map.of("ka",
								new ServiceListingDocument.PlaceText("ბათუმის ოფისი", "ნიმუშის ქუჩა 2", "ბათუმი",
										"აჭარა"),
								"en",
								new ServiceListingDocument.PlaceText("Batumi office", "2 Sample Street", "Batumi",
										"Adjara"),
								"hy",
								new ServiceListingDocument.PlaceText("Բաթումիի գրասենյակ", "Նմուշ փողոց 2", "Բաթումի",
										"Աջարիա"))),
						new ServiceListingDocument.Place(UUID.randomUUID(), UUID.randomUUID(), "GE", "tbilisi",
								"tbilisi", null, null, null, true,
								Map.of("ka", new ServiceListingDocument.PlaceText("თბილისი", "", "თბილისი", ""), "en",
										new ServiceListingDocument.PlaceText("Tbilisi", "", "Tbilisi", "")))),
				List.of(new ServiceListingDocument.Phone(UUID.randomUUID(), "+995 32 000 00 01", PhoneKind.VOICE, true,
						true, true, Map.of("ka", "ცხელი ხაზი", "en", "Hotline", "hy", "Թեժ գիծ")),
						new ServiceListingDocument.Phone(UUID.randomUUID(), "+995 32 000 00 02", PhoneKind.FAX, false,
								false, true, Map.of())),
				List.of(new ServiceListingDocument.Hours(UUID.randomUUID(), DayOfWeek.MONDAY, LocalTime.of(9, 30),
						LocalTime.of(18, 0), true),
						new ServiceListingDocument.Hours(UUID.randomUUID(), DayOfWeek.FRIDAY, LocalTime.of(22, 0),
								LocalTime.of(2, 0), true),
						new ServiceListingDocument.Hours(UUID.randomUUID(), DayOfWeek.SUNDAY, LocalTime.MIDNIGHT,
								LocalTime.MIDNIGHT, true)));
	}

}
