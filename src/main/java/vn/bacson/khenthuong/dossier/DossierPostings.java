package vn.bacson.khenthuong.dossier;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * Port through which the dossier view shows a dossier's public posting (implemented by the posting feature, which
 * owns the posting and its feedback).
 */
public interface DossierPostings {

    /** The posting of each given dossier that was ever posted; dossiers without one are absent. */
    Map<UUID, DossierView.PublicPostingView> of(Collection<UUID> dossierIds);

    /** Citizens' feedback on a posted dossier, newest first: staff only (403 to a unit, 404 to another unit). */
    PageResult<FeedbackView> feedback(UUID dossierId, CurrentUser user, PageQuery page);
}
