package org.thawcorpus.annotation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thawcorpus.system.Pages;

/**
 * The annotation layers' pages: an overview, an index per layer, and a page per entity.
 */
@Controller
class EntityController {

	static final int INDEX_PAGE_SIZE = 50;

	static final int MENTIONS_PAGE_SIZE = 50;

	private final EntityService entities;

	EntityController(EntityService entities) {
		this.entities = entities;
	}

	@GetMapping("/entities")
	String overview(Model model) {
		model.addAttribute("layers", this.entities.summary());
		return "annotation/overview";
	}

	@GetMapping("/{index:people|places|organisations|works|events}")
	String index(@PathVariable String index, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Layer layer = LayerChoice.layer(index);
		EntitySort order = EntitySort.parse(sort);
		model.addAttribute("layer", layer);
		model.addAttribute("sort", order);
		model.addAttribute("sorts", EntitySort.values());
		model.addAttribute("entities", Pages.within(
				this.entities.index(layer.entityType(), order, Pages.index(page), INDEX_PAGE_SIZE), "name", "names"));
		return "annotation/index";
	}

	@GetMapping("/entities/{id}")
	String entity(@PathVariable String id, @RequestParam(defaultValue = "1") int page, Model model) {
		EntityPage found = this.entities.entity(id, Pages.index(page), MENTIONS_PAGE_SIZE);
		Pages.within(found.mentions(), "mention", "mentions");
		model.addAttribute("entity", found.entity());
		model.addAttribute("page", found);
		model.addAttribute("mentions", found.mentions());
		return "annotation/entity";
	}

}
