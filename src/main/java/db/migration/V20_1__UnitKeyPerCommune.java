package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A unit code is unique within its commune (two communes both have "thon-1"): the key of {@code unit} becomes
 * (commune_code, code) and the dossier's reference follows. Java, not SQL, because the names the two databases
 * gave the old key and reference differ (H2 generates them); they are read from the JDBC metadata.
 */
public class V20_1__UnitKeyPerCommune extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        DatabaseMetaData metadata = connection.getMetaData();
        Set<String> references = new LinkedHashSet<>();
        try (ResultSet rs = metadata.getExportedKeys(null, null, name(metadata, "unit"))) {
            while (rs.next()) {
                references.add(rs.getString("FKTABLE_NAME") + "\t" + rs.getString("FK_NAME"));
            }
        }
        String primaryKey = null;
        try (ResultSet rs = metadata.getPrimaryKeys(null, null, name(metadata, "unit"))) {
            if (rs.next()) {
                primaryKey = rs.getString("PK_NAME");
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String reference : references) {
                String[] parts = reference.split("\t");
                statement.execute("alter table " + parts[0] + " drop constraint " + quote(parts[1]));
            }
            if (primaryKey != null) {
                statement.execute("alter table unit drop constraint " + quote(primaryKey));
            }
            statement.execute("alter table unit add constraint pk_unit primary key (commune_code, code)");
            statement.execute(
                    "alter table dossier add constraint fk_dossier_unit foreign key (commune_code, unit_code) "
                            + "references unit (commune_code, code)");
        }
    }

    /** H2 stores unquoted names in upper case, PostgreSQL in lower case. */
    private static String name(DatabaseMetaData metadata, String table) throws SQLException {
        return metadata.storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
