/**
 * Administration of the installation (role {@code system-admin}): onboarding a commune without a restart — its
 * register entry and issuer block, its engine tenant, its units and users — through the API, the admin pages or one
 * XLSX sheet with a report per row.
 */
package vn.bacson.khenthuong.admin;
