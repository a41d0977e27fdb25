package bench.bare;

import org.springframework.data.jpa.repository.JpaRepository;

/** The notes' repository. */
interface Notes extends JpaRepository<Note, Long> {

}
