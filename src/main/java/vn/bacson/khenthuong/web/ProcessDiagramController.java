package vn.bacson.khenthuong.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/**
 * The BPMN XML of the processes our pages draw (bpmn-js viewer): {@code /web/process-diagram} the dossier's, on the
 * dossier and task pages and the campaign dashboard; {@code /web/process-diagram/{processId}} any of
 * {@link #PROCESSES} (the province's review on the province dashboard). Any other name is 404: the path never
 * reaches another file of the class path.
 */
@RestController
class ProcessDiagramController {

    static final String DOSSIER_PROCESS = "CommendationProposal";
    /** The processes whose diagram a page may show; bpmn/{id}.bpmn, the file named after the process. */
    static final Set<String> PROCESSES = Set.of(DOSSIER_PROCESS, "ProvinceCommendation");

    @GetMapping(path = "/web/process-diagram", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> diagram() throws IOException {
        return diagram(DOSSIER_PROCESS);
    }

    @GetMapping(path = "/web/process-diagram/{processId}", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> diagram(@PathVariable String processId) throws IOException {
        if (!PROCESSES.contains(processId)) {
            throw new DomainException(ErrorCode.NOT_FOUND);
        }
        ClassPathResource resource = new ClassPathResource("bpmn/" + processId + ".bpmn");
        if (!resource.exists()) {
            throw new DomainException(ErrorCode.NOT_FOUND);
        }
        try (InputStream in = resource.getInputStream()) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_XML)
                    .cacheControl(CacheControl.noCache())
                    .body(in.readAllBytes());
        }
    }
}
