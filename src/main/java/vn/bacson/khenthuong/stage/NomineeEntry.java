package vn.bacson.khenthuong.stage;

import java.util.UUID;

/** One nominee's row in a stage command: which nominee of the dossier it speaks of. */
public interface NomineeEntry {

    UUID nomineeId();
}
