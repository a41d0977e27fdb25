package bench.bare;

import java.util.List;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A bare Spring Boot application: one Thymeleaf page listing what one JPA query finds. */
@SpringBootApplication
public class BareApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

	@Bean
	CommandLineRunner twoNotes(Notes notes) {
		return (args) -> {
			if (notes.count() == 0) {
				notes.saveAll(List.of(new Note("The first note"), new Note("The second note")));
			}
		};
	}

}
