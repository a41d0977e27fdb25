import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs a local OpenSearch cluster of several nodes in this one JVM until the process is
 * stopped, for CI and the benchmarks (started by .ci/with-opensearch.sh, which also waits for it).
 * Arguments: the folder for the nodes' data, config and logs; the number of nodes; the first
 * HTTP port (the nodes listen on consecutive ports, loopback only, their transport ports 100
 * higher). Every node holds data and may be elected cluster manager; analysis-icu is installed.
 */
public class OpenSearchCluster {

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: OpenSearchCluster BASE_DIR NODES FIRST_HTTP_PORT");
			System.exit(2);
		}
		String basePath = Path.of(args[0]).toAbsolutePath().toString();
		int nodes = Integer.parseInt(args[1]);
		int httpPort = Integer.parseInt(args[2]);
		List<String> seeds = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			seeds.add("127.0.0.1:" + (httpPort + 100 + i));
			names.add("node-" + (i + 1));
		}
		OpenSearchRunner runner = new OpenSearchRunner();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				runner.close();
			}
			catch (Exception ex) {
				System.err.println("Closing the cluster failed: " + ex);
			}
		}));
		runner.onBuild((number, settings) -> {
			settings.put("node.name", names.get(number - 1));
			settings.put("network.host", "127.0.0.1");
			settings.put("http.port", httpPort + number - 1);
			settings.put("transport.port", httpPort + 100 + number - 1);
			settings.putList("discovery.seed_hosts", seeds);
			settings.putList("cluster.initial_cluster_manager_nodes", names);
			// The nodes start one after the other: the first need not wait for the others.
			settings.put("discovery.initial_state_timeout", "1s");
			// A CI machine's disk may be fuller than the default watermarks allow.
			settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
		})
			.build(OpenSearchRunner.newConfigs()
				.basePath(basePath)
				.numOfNode(nodes)
				.clusterName("thaw-corpus")
				.pluginTypes("org.opensearch.plugin.analysis.icu.AnalysisICUPlugin"));
		Thread.currentThread().join();
	}

}
