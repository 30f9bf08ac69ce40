package vn.bacson.khenthuong.review;

import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.identity.CurrentUser;

/** Records the province's answer for the Bằng khen proposals of a PROVINCE_PENDING dossier; the dossier goes on to DECIDED. */
@Service
public class ProvinceDecisionService {

    public void record(UUID dossierId, CurrentUser user, ProvinceDecisionRequest request) {
        throw new UnsupportedOperationException("TODO helper A");
    }
}
