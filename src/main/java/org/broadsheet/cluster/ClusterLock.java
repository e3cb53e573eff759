package org.broadsheet.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * A lock held by one instance of the cluster at a time: a PostgreSQL session-level
 * advisory lock, taken on a connection of its own for as long as the work runs. If the
 * holder dies, its session ends and the lock is free at once. Without clustering (H2, one
 * instance) the work simply runs.
 */
@Component
public class ClusterLock {

	private final ClusterDatabase database;

	private final DataSource dataSource;

	ClusterLock(ClusterDatabase database, DataSource dataSource) {
		this.database = database;
		this.dataSource = dataSource;
	}

	/**
	 * Runs the work while holding the lock of that number, unless another instance holds
	 * it.
	 * @return the work's result, or empty when another instance held the lock
	 */
	public <T> Optional<T> whileHolding(long lock, Supplier<T> work) {
		if (!this.database.active()) {
			return Optional.of(work.get());
		}
		try (Connection connection = this.dataSource.getConnection()) {
			if (!call(connection, "select pg_try_advisory_lock(?)", lock)) {
				return Optional.empty();
			}
			try {
				return Optional.of(work.get());
			}
			finally {
				call(connection, "select pg_advisory_unlock(?)", lock);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take or give back cluster lock " + lock, ex);
		}
	}

	private static boolean call(Connection connection, String sql, long lock) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, lock);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

}
