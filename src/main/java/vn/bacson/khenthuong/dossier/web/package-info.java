/**
 * The dossier's pages. Its page model and refusal codes are the one part other features' pages may use (the task
 * page and the achievement report form show the same dossier).
 */
@NamedInterface("pages")
package vn.bacson.khenthuong.dossier.web;

import org.springframework.modulith.NamedInterface;
