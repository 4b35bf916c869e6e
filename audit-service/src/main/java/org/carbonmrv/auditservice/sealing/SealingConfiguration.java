package org.carbonmrv.auditservice.sealing;

import org.carbonmrv.audit.checkpoint.CheckpointKey;
import org.carbonmrv.audit.seal.Sealer;
import org.carbonmrv.audit.seal.SealingPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

@Configuration
public class SealingConfiguration {

    @Bean
    CheckpointKey checkpointKey(@Value("${mrv.audit.key-file}") Path keyFile) {
        return CheckpointKey.loadOrCreate(keyFile);
    }

    @Bean
    Sealer sealer(
            CheckpointKey key,
            @Value("${mrv.audit.checkpoint-every-events}") int events,
            @Value("${mrv.audit.checkpoint-every}") Duration every) {
        return new Sealer(key, new SealingPolicy(events, every), Clock.systemUTC());
    }
}
