package vn.bacson.khenthuong.decision.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.decision.PublicVerification;
import vn.bacson.khenthuong.decision.VerificationLinks;
import vn.bacson.khenthuong.web.PageController;

/**
 * The public verification page {@code /xac-thuc}, no login: a person uploads a PDF, or arrives from the QR code of
 * a decision or certificate ({@code ?ma=...}), and reads whether this installation issued it and whether each of its
 * digital signatures holds. Bad input (no file, not a PDF, too large, an unknown code) is said on the page itself.
 *
 * <p>The upload form carries its CSRF token in the action's query string as well: when a file is over the size
 * limit, the container drops every field of the multipart body, and the token must still reach the CSRF filter so
 * that the person reads "too large" rather than "forbidden".
 */
@PageController
public class PublicVerificationPages {

    private final PublicVerification verification;
    private final MessageSource messages;
    private final CommuneSettings communeSettings;
    private final long maxBytes;

    PublicVerificationPages(
            PublicVerification verification,
            MessageSource messages,
            CommuneSettings communeSettings,
            AppProperties app) {
        this.verification = verification;
        this.messages = messages;
        this.communeSettings = communeSettings;
        this.maxBytes = app.documents().maxSizeBytes();
    }

    @GetMapping(VerificationLinks.PAGE)
    String page(@RequestParam(name = "ma", required = false) String code, Model model, HttpServletResponse response) {
        fill(model);
        if (code != null && !code.isBlank()) {
            Optional<PublicVerification.Result> result = verification.checkCode(code);
            if (result.isPresent()) {
                model.addAttribute("result", result.get());
            } else {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                return problem(model, "verify.problem.unknownCode");
            }
        }
        return "public/verify";
    }

    @PostMapping(VerificationLinks.PAGE)
    String check(HttpServletRequest request, Model model) {
        fill(model);
        MultipartFile file;
        try {
            file = request instanceof MultipartHttpServletRequest multipart ? multipart.getFile("file") : null;
        } catch (MaxUploadSizeExceededException e) {
            return problem(model, "verify.problem.tooLarge", megabytes());
        } catch (MultipartException e) {
            return problem(model, "verify.problem.unreadable");
        }
        if (file == null || file.isEmpty()) {
            return problem(model, "verify.problem.noFile");
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        if (file.getSize() > maxBytes) {
            return problem(model, "verify.problem.tooLarge", megabytes());
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            return problem(model, "verify.problem.unreadable");
        }
        if (!PublicVerification.looksLikePdf(bytes)) {
            return problem(model, "verify.problem.notPdf");
        }
        model.addAttribute("result", verification.checkFile(bytes));
        return "public/verify";
    }

    private void fill(Model model) {
        // the page of the installation: its default commune's name in the text (the result names the document's own)
        model.addAttribute("placeName", communeSettings.current().issuer().placeName());
        model.addAttribute("maxMegabytes", megabytes());
    }

    private long megabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** The page with what is wrong: a form's input problem answers 200, as the other pages' forms do. */
    private String problem(Model model, String key, Object... arguments) {
        model.addAttribute("problem", messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
        return "public/verify";
    }
}
