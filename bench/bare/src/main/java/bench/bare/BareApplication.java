package bench.bare;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A bare Spring Boot application: one Thymeleaf page listing what one JPA query finds. */
@SpringBootApplication
public class BareApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

	@Bean
	CommandLineRunner notes(Notes notes) {
		return (args) -> {
			if (notes.count() == 0) {
				notes.saveAll(List.of(new Note("The first note"), new Note("The second note")));
			}
		};
	}

	/** A note: the one entity. */
	@Entity
	public static class Note {

		@Id
		@GeneratedValue
		private Long id;

		private String text;

		protected Note() {
		}

		Note(String text) {
			this.text = text;
		}

		public String getText() {
			return this.text;
		}

	}

	/** The notes' repository. */
	public interface Notes extends JpaRepository<Note, Long> {

	}

	/** The one page: the notes one query finds. */
	@Controller
	record NotesController(Notes notes) {

		@GetMapping("/")
		String index(Model model) {
			model.addAttribute("notes", this.notes.findAll());
			return "index";
		}

	}

}
