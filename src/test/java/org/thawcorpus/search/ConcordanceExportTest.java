package org.thawcorpus.search;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.blog.BlogPostKind;

import static org.assertj.core.api.Assertions.assertThat;

class ConcordanceExportTest {

	@Test
	void writesTheNamedColumnsThenOneQuotedRowPerLine() throws IOException {
		ConcordanceLine line = new ConcordanceLine("thaw", "The \"Thaw\"", BlogPostKind.KIND, Part.COMMENT, "c2-1",
				"Comment by Kelly", "Like Kelly says, ", "Khrushchev", " spoke, then", 24, null, null, List.of(), 3,
				null, null, 17, "/documents/thaw?at=c2-1");
		StringWriter csv = new StringWriter();
		ConcordanceExport.csv(List.of(line), csv);
		assertThat(csv.toString().split("\r\n")).containsExactly(
				"document,anchor,left,hit,right,line,title,part,label,url",
				"thaw,c2-1,\"Like Kelly says, \",Khrushchev,\" spoke, then\",24,\"The \"\"Thaw\"\"\",comment,"
						+ "Comment by Kelly,/documents/thaw?at=c2-1");
	}

	@Test
	void keepsASpreadsheetFromReadingACellAsAFormula() {
		assertThat(ConcordanceExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ConcordanceExport.cell("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(ConcordanceExport.cell("-Stalinization")).isEqualTo("-Stalinization");
	}

	@Test
	void namesTheFileAfterTheQuery() {
		assertThat(ConcordanceExport.fileName("\"secret speech\" Хрущёв", "csv"))
			.isEqualTo("concordance-secret-speech-хрущёв.csv");
		assertThat(ConcordanceExport.fileName("***", "json")).isEqualTo("concordance.json");
	}

}
