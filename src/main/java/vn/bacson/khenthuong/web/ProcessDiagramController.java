package vn.bacson.khenthuong.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/** The dossier process's BPMN XML, for the diagram (bpmn-js viewer) on the dossier and task pages. */
@RestController
class ProcessDiagramController {

    static final String DIAGRAM = "bpmn/CommendationProposal.bpmn";

    @GetMapping(path = "/web/process-diagram", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> diagram() throws IOException {
        ClassPathResource resource = new ClassPathResource(DIAGRAM);
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
