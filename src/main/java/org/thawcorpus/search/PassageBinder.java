package org.thawcorpus.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import org.thawcorpus.document.Passage;

/**
 * Indexes a passage with its document, section, review rating, the years it mentions and
 * the names it mentions. Passages never change once written (a changed source replaces
 * its document), so only the passage itself is watched for changes.
 */
class PassageBinder implements TypeBinder {

	private final RecognizedNames names;

	PassageBinder(RecognizedNames names) {
		this.names = names;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		HitFields fields = new HitFields(context);
		context.bridge(Passage.class, new Bridge(fields, this.names));
	}

	private record Bridge(HitFields fields, RecognizedNames names) implements TypeBridge<Passage> {

		@Override
		public void write(DocumentElement target, Passage passage, TypeBridgeWriteContext context) {
			this.fields.write(target,
					IndexedHit.of(passage, this.names.of(passage.getText(), IndexedHit.isCitation(passage))));
		}

	}

}
