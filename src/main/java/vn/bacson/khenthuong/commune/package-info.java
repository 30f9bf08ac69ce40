/**
 * Communes as tenants: the commune of the current request or job ({@link vn.bacson.khenthuong.commune.CommuneContext}),
 * the commune register, and the database side of the isolation (the session variable behind PostgreSQL's
 * row-level security policies, and the {@code in_commune} SQL function every commune-scoped query uses).
 */
package vn.bacson.khenthuong.commune;
