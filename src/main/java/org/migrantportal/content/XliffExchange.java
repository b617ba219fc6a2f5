package org.migrantportal.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.ControlCharacters;
import org.migrantportal.shared.Slugs;
import org.migrantportal.shared.StaffRole;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * XLIFF 2.0 for translation agencies and CAT tools: exports pages and topics for a
 * language pair (title, slug, summary and Markdown body as units), and imports the
 * translated file back as drafts. An import is checked whole before anything is saved:
 * any error rejects the file and changes nothing.
 */
@Service
public class XliffExchange {

	static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

	private static final Pattern ORIGINAL = Pattern
		.compile("(pages|topics)/(\\d+)\\?sourceRevision=(\\d*)&targetVersion=(-?\\d+)");

	private static final List<String> UNITS = List.of("title", "slug", "summary", "body");

	private final ContentStores stores;

	private final ContentEditingService editing;

	private final SiteLocales siteLocales;

	private final TranslationRevisionRepository revisions;

	XliffExchange(ContentStores stores, ContentEditingService editing, SiteLocales siteLocales,
			TranslationRevisionRepository revisions) {
		this.stores = stores;
		this.editing = editing;
		this.siteLocales = siteLocales;
		this.revisions = revisions;
	}

	/**
	 * The XLIFF document of the given items, from their source texts in
	 * {@code sourceLocale}.
	 */
	@Transactional(readOnly = true)
	public String export(Actor actor, String sourceLocale, String targetLocale, List<ContentItemRef> items) {
		checkPair(sourceLocale, targetLocale);
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("xliff");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("version", "2.0");
			xml.writeAttribute("srcLang", sourceLocale);
			xml.writeAttribute("trgLang", targetLocale);
			for (ContentItemRef item : items) {
				EditableTranslation source = this.editing.getTranslation(actor, item.kind(), item.id(), sourceLocale);
				if (!source.exists()) {
					continue;
				}
				EditableTranslation target = this.editing.getTranslation(actor, item.kind(), item.id(), targetLocale);
				Long sourceRevision = this.editing.latestRevisionId(actor, item.kind(), item.id(), sourceLocale);
				xml.writeStartElement("file");
				xml.writeAttribute("id", item.kind().segment() + "-" + item.id());
				xml.writeAttribute("original",
						item.kind().segment() + "/" + item.id() + "?sourceRevision="
								+ ((sourceRevision != null) ? sourceRevision : "") + "&targetVersion="
								+ (target.exists() ? target.version() : -1));
				Map<String, String[]> units = new LinkedHashMap<>();
				units.put("title", new String[] { source.draft().title(), target.draft().title() });
				units.put("slug", new String[] { source.draft().slug(), target.draft().slug() });
				units.put("summary", new String[] { source.draft().summary(), target.draft().summary() });
				units.put("body", new String[] { source.draft().bodyMarkdown(), target.draft().bodyMarkdown() });
				for (Map.Entry<String, String[]> unit : units.entrySet()) {
					xml.writeStartElement("unit");
					xml.writeAttribute("id", unit.getKey());
					xml.writeStartElement("segment");
					xml.writeStartElement("source");
					xml.writeCharacters(unit.getValue()[0]);
					xml.writeEndElement();
					xml.writeStartElement("target");
					xml.writeCharacters((unit.getValue()[1] != null) ? unit.getValue()[1] : "");
					xml.writeEndElement();
					xml.writeEndElement();
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write XLIFF", ex);
		}
	}

	/**
	 * Imports a translated XLIFF file as drafts in its target language; returns how many
	 * translations it saved. Throws {@link XliffException} and changes nothing if
	 * anything in the file is wrong.
	 */
	@Transactional(rollbackFor = Exception.class)
	public int importDrafts(Actor actor, String expectedTarget, byte[] file) {
		if (actor == null || !actor.hasRole(StaffRole.TRANSLATOR)) {
			throw new AccessDeniedException("Only staff import translations");
		}
		Element root = parse(file).getDocumentElement();
		if (!NAMESPACE.equals(root.getNamespaceURI()) || !"xliff".equals(root.getLocalName())
				|| !"2.0".equals(root.getAttribute("version"))) {
			throw new XliffException("xliff.error.not-xliff-2", root.getLocalName());
		}
		String source = root.getAttribute("srcLang");
		String target = root.getAttribute("trgLang");
		checkPair(source, target);
		if (expectedTarget != null && !expectedTarget.isBlank() && !expectedTarget.equals(target)) {
			throw new XliffException("xliff.error.wrong-pair", source + " → " + target);
		}
		if (!actor.canWriteIn(target)) {
			throw new XliffException("xliff.error.language-not-allowed", target);
		}
		List<Imported> imports = new ArrayList<>();
		NodeList files = root.getElementsByTagNameNS(NAMESPACE, "file");
		if (files.getLength() == 0) {
			throw new XliffException("xliff.error.empty", "");
		}
		for (int i = 0; i < files.getLength(); i++) {
			imports.add(read(actor, source, target, (Element) files.item(i)));
		}
		for (Imported imported : imports) {
			try {
				this.editing.saveTranslation(actor, imported.kind(), imported.id(), target, imported.draft(),
						imported.targetVersion());
			}
			catch (ContentRuleException ex) {
				throw new XliffException(ex.messageKey(), imported.kind().segment() + "-" + imported.id());
			}
			catch (EditConflictException ex) {
				throw new XliffException("xliff.error.changed-since-export",
						imported.kind().segment() + "-" + imported.id());
			}
		}
		return imports.size();
	}

	private Imported read(Actor actor, String source, String target, Element file) {
		Matcher original = ORIGINAL.matcher(file.getAttribute("original"));
		if (!original.matches()) {
			throw new XliffException("xliff.error.unknown-content", file.getAttribute("id"));
		}
		ContentKind kind = ContentKind.fromSegment(original.group(1)).orElseThrow();
		Long id;
		Long sourceRevision;
		long targetVersion;
		try {
			id = Long.valueOf(original.group(2));
			sourceRevision = original.group(3).isEmpty() ? null : Long.valueOf(original.group(3));
			targetVersion = Long.parseLong(original.group(4));
		}
		catch (NumberFormatException ex) {
			// a number too large for any id or version: no content of ours has it
			throw new XliffException("xliff.error.unknown-content", file.getAttribute("id"));
		}
		EditableTranslation current;
		try {
			current = this.editing.getTranslation(actor, kind, id, target);
		}
		catch (ContentNotFoundException ex) {
			throw new XliffException("xliff.error.unknown-content", file.getAttribute("id"));
		}
		catch (AccessDeniedException ex) {
			throw new XliffException("xliff.error.out-of-scope", file.getAttribute("id"));
		}
		if ((current.exists() ? current.version() : -1) != targetVersion) {
			throw new XliffException("xliff.error.changed-since-export", file.getAttribute("id"));
		}
		if (sourceRevision != null && this.revisions.findById(sourceRevision)
			.filter((revision) -> revision.getLocale().equals(source)
					&& revision.getSubjectType() == kind.subjectType())
			.isEmpty()) {
			throw new XliffException("xliff.error.unknown-content", file.getAttribute("id"));
		}
		Map<String, String> targets = new LinkedHashMap<>();
		NodeList units = file.getElementsByTagNameNS(NAMESPACE, "unit");
		for (int i = 0; i < units.getLength(); i++) {
			Element unit = (Element) units.item(i);
			if (!UNITS.contains(unit.getAttribute("id"))) {
				throw new XliffException("xliff.error.unknown-unit",
						file.getAttribute("id") + "/" + unit.getAttribute("id"));
			}
			NodeList targetElements = unit.getElementsByTagNameNS(NAMESPACE, "target");
			targets.put(unit.getAttribute("id"), (targetElements.getLength() > 0) ? text(targetElements.item(0)) : "");
		}
		String title = targets.getOrDefault("title", "").strip();
		if (title.isEmpty()) {
			throw new XliffException("xliff.error.missing-title", file.getAttribute("id"));
		}
		String slug = targets.getOrDefault("slug", "").strip();
		if (slug.isEmpty() && current.exists()) {
			slug = current.draft().slug();
		}
		if (!Slugs.isValid(slug)) {
			throw new XliffException("xliff.error.bad-slug", file.getAttribute("id") + ": " + slug);
		}
		return new Imported(kind, id, targetVersion < 0 ? 0 : targetVersion, new TranslationDraft(title, slug,
				targets.getOrDefault("summary", ""), targets.getOrDefault("body", ""), "XLIFF", false, sourceRevision));
	}

	private void checkPair(String source, String target) {
		if (this.siteLocales.find(source).isEmpty() || this.siteLocales.find(target).isEmpty()
				|| source.equals(target)) {
			throw new XliffException("xliff.error.wrong-pair", source + " → " + target);
		}
	}

	/** Parses without DTDs or external entities: a translation file is not trusted. */
	private static Document parse(byte[] file) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(file));
		}
		catch (SAXException | IOException ex) {
			throw new XliffException("xliff.error.malformed", "");
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(Node node) {
		return ControlCharacters.strip(node.getTextContent());
	}

	/** A page or a topic to export. */
	public record ContentItemRef(ContentKind kind, Long id) {
	}

	private record Imported(ContentKind kind, Long id, long targetVersion, TranslationDraft draft) {
	}

}
