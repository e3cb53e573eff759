package org.broadsheet.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Whether this instance coordinates with others: clustering is switched on and the
 * database is PostgreSQL (its advisory locks and {@code LISTEN/NOTIFY} are the
 * coordination). On H2 the portal runs as one instance and says so once at start-up if
 * clustering was asked for. Each start gets an id, so an instance can tell its own
 * notifications from the others'.
 * <p>
 * Settings: {@link ClusterProperties}.
 */
@Component
public class ClusterDatabase {

	private static final Log logger = LogFactory.getLog(ClusterDatabase.class);

	private final boolean active;

	private final String instanceId = UUID.randomUUID().toString();

	ClusterDatabase(DataSource dataSource, ClusterProperties properties) {
		boolean enabled = properties.enabled();
		String product = productName(dataSource);
		boolean postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
		this.active = enabled && postgres;
		if (enabled && !postgres) {
			logger.warn("broadsheet.cluster.enabled is set but the database is " + product
					+ ": clustering (one importer, jobs once, changes shared between instances) needs PostgreSQL;"
					+ " running as a single instance");
		}
		else if (this.active) {
			logger.info("Clustering on PostgreSQL: instance " + this.instanceId);
		}
	}

	private static String productName(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the database product name", ex);
		}
	}

	/** Whether instances coordinate through this database. */
	boolean active() {
		return this.active;
	}

	String instanceId() {
		return this.instanceId;
	}

}
