package org.thawcorpus.importer.parse;

/** TODO(helper): parser. Falls back to plain text until written. */
public final class ArticleParser implements SourceParser {

	@Override
	public ParsedDocument parse(SourceLines lines) {
		return new PlainTextParser().parse(lines);
	}

}
