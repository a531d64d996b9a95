package io.crowdflow.faults.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL the nodes share: a fresh database per run (created here, dropped by {@link #close()}),
 * and read-only SQL for the checks. The harness never writes the platform's tables.
 */
public final class Postgres implements AutoCloseable {

    private final String server;
    private final String user;
    private final String password;
    private final String database;

    /** {@code server} is a JDBC URL ending in '/', e.g. jdbc:postgresql://127.0.0.1:5432/ */
    public Postgres(String server, String user, String password) {
        this.server = server.endsWith("/") ? server : server + "/";
        this.user = user;
        this.password = password;
        this.database = "crowdflow_faults_" + System.currentTimeMillis();
        execute(this.server + "postgres", "create database " + database);
    }

    public String url() {
        return server + database;
    }

    /** The URL of the same database through another host and port (a proxy). */
    public String urlVia(String hostAndPort) {
        return "jdbc:postgresql://" + hostAndPort + "/" + database;
    }

    /** host:port of the server, from the JDBC URL. */
    public String hostAndPort() {
        String rest = server.substring("jdbc:postgresql://".length());
        return rest.substring(0, rest.indexOf('/'));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The first column of every row. */
    public List<String> column(String sql, Object... parameters) {
        List<String> values = new ArrayList<>();
        query(sql, row -> values.add(row.getString(1)), parameters);
        return values;
    }

    public long number(String sql, Object... parameters) {
        long[] value = {0};
        query(sql, row -> value[0] = row.getLong(1), parameters);
        return value[0];
    }

    /** Each row as "a | b | c". */
    public List<String> rows(String sql, Object... parameters) {
        List<String> rows = new ArrayList<>();
        query(sql, row -> {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                line.append(i > 1 ? " | " : "").append(row.getString(i));
            }
            rows.add(line.toString());
        }, parameters);
        return rows;
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url(), user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setReadOnly(true);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Drops the run's database (every node must be down). */
    @Override
    public void close() {
        execute(server + "postgres", "drop database if exists " + database + " with (force)");
    }
}
