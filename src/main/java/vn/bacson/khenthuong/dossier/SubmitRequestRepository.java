package vn.bacson.khenthuong.dossier;

import static vn.bacson.khenthuong.dossier.DossierRepository.ts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency-Keys of submit requests, per user: the same key again gets the same answer and starts nothing. */
@Repository
class SubmitRequestRepository {

    private final JdbcClient jdbc;

    SubmitRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> findDossier(String username, String idempotencyKey) {
        return jdbc.sql(
                        "select dossier_id from submit_request where in_commune(commune_code) and username = ? and idempotency_key = ?")
                .params(username, idempotencyKey)
                .query((rs, row) -> rs.getObject(1, UUID.class))
                .optional();
    }

    void insert(String username, String idempotencyKey, UUID dossierId, Instant now) {
        jdbc.sql("insert into submit_request (username, idempotency_key, dossier_id, created_at) values (?, ?, ?, ?)")
                .params(username, idempotencyKey, dossierId, ts(now))
                .update();
    }
}
