package org.thawcorpus.document;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.thawcorpus.source.DocumentKind;

/** Stores a document's kind as its code and finds the registered kind again. */
@Converter
public class DocumentKindConverter implements AttributeConverter<DocumentKind, String> {

	@Override
	public String convertToDatabaseColumn(DocumentKind kind) {
		return (kind != null) ? kind.code() : null;
	}

	@Override
	public DocumentKind convertToEntityAttribute(String code) {
		return (code != null) ? DocumentKind.of(code) : null;
	}

}
