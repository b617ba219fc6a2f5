package org.migrantportal.shared;

import java.util.List;

/**
 * Titles in the portal's languages and the awkward cases (emoji, other scripts, only
 * punctuation, too long), on which the Java and the JavaScript slug proposals are
 * compared.
 */
public final class SlugFixtures {

	public static final List<String> TITLES = List.of("შრომითი მიგრაცია", "Աշխատանքային միգրացիա",
			"ყველაფერი წასვლამდე", "ჭიათურა, ქუთაისი და თბილისი", "ჟურნალისტები და ღვინის ძველი ხელშეკრულება",
			"კ პ ტ ყ წ ჭ ქ ფ თ ც ჩ", "ᲗᲑᲘᲚᲘᲡᲘ", "Երևան", "Եվրոպա և Հայաստան", "Որտեղ դիմել", "Ուսանողներ",
			"Ինչո՞ւ է սա կարևոր։", "Ռուսաստան", "Հայաստանի Հանրապետություն", "ԱՇԽԱՏԱՆՔ ԵՎ ՈՒՍՈՒՄ", "Ärzte & Übersetzer",
			"Straße der Migranten", "Migrant's rights", "Migrant’s rights", "São Paulo — 2024", "🇬🇪 მიგრაცია 🚀",
			"🚀🚀", "!!! — ???", "Работа в Грузии", "Work в Грузии 2024", "ﬁnancial ½", "ka/en/hy: ენები",
			"მიგრაცია ".repeat(20), "a".repeat(150), "", "   ");

	private SlugFixtures() {
	}

}
