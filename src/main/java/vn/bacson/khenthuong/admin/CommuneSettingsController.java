package vn.bacson.khenthuong.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * A commune's settings as JSON (system-admin: any commune; the commune's chairman: their own): issuer block and
 * place, signer, number patterns, council rule, stage deadlines, mail sender, seal image, local holidays, and the key
 * its decisions are signed with (system-admin only).
 */
@RestController
@Tag(name = "Commune settings", description = "Per-commune settings over the configured defaults")
class CommuneSettingsController {

    private final CommuneSettingsAdmin admin;

    CommuneSettingsController(CommuneSettingsAdmin admin) {
        this.admin = admin;
    }

    @GetMapping(path = "/api/admin/communes/{code}/settings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cài đặt của xã (the commune's settings, which it set itself, and the defaults)")
    CommuneSettingsView get(@PathVariable String code, CurrentUser user) {
        return admin.view(code, user);
    }

    @PutMapping(
            path = "/api/admin/communes/{code}/settings",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Lưu cài đặt của xã (parts left out stay; invalid fields -> 400 with errors[])",
            description = "Unknown commune, or another commune's for a chairman -> 404; other roles -> 403."
                    + " signingKeyAlias: changed by system-admin only (else 403), to a key the installation's store or"
                    + " token holds (else 400 UNKNOWN_SIGNING_KEY); empty: the installation's default key.")
    CommuneSettingsView put(@PathVariable String code, @RequestBody CommuneSettingsRequest request, CurrentUser user) {
        return admin.save(code, request, user);
    }

    @GetMapping(path = "/api/admin/communes/{code}/settings/seal", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "Ảnh con dấu của xã (PNG; 404 when none)")
    ResponseEntity<byte[]> seal(@PathVariable String code, CurrentUser user) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(admin.seal(code, user));
    }

    @PutMapping(
            path = "/api/admin/communes/{code}/settings/seal",
            consumes = MediaType.IMAGE_PNG_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tải lên ảnh con dấu (PNG, at most 512 KB; printed in the visible signature block)")
    CommuneSettingsView putSeal(@PathVariable String code, @RequestBody byte[] png, CurrentUser user) {
        return admin.saveSeal(code, png, user);
    }

    @DeleteMapping(path = "/api/admin/communes/{code}/settings/seal", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Bỏ ảnh con dấu (the signature block draws its stand-in again)")
    CommuneSettingsView deleteSeal(@PathVariable String code, CurrentUser user) {
        return admin.saveSeal(code, null, user);
    }
}
