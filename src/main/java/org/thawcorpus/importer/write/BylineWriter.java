package org.thawcorpus.importer.write;

import org.springframework.stereotype.Component;
import org.thawcorpus.document.Byline;
import org.thawcorpus.source.ParsedByline;

/** Writes who wrote a document, when and where, onto the document. */
@Component
class BylineWriter implements PartWriter<ParsedByline> {

	@Override
	public Class<ParsedByline> type() {
		return ParsedByline.class;
	}

	@Override
	public void write(ParsedByline byline, DocumentParts parts) {
		if (!byline.isEmpty()) {
			parts.document().setByline(new Byline(byline.author(), byline.published(), byline.site(), byline.url()));
		}
	}

}
