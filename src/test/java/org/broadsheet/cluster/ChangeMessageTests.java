package org.broadsheet.cluster;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeMessageTests {

	@Test
	void aChangeTravelsWithItsOriginKindAndStories() {
		List<String> payloads = ChangeMessage.payloads("instance-a", RemoteChange.Kind.REPLIES, Set.of(7L));
		assertThat(payloads).hasSize(1);
		ChangeMessage message = ChangeMessage.parse(payloads.get(0));
		assertThat(message.origin()).isEqualTo("instance-a");
		assertThat(message.change()).isEqualTo(new RemoteChange(RemoteChange.Kind.REPLIES, Set.of(7L)));
	}

	@Test
	void aChangeWithoutStoriesIsOneMessage() {
		List<String> payloads = ChangeMessage.payloads("a", RemoteChange.Kind.BLOCKS, Set.of());
		assertThat(payloads).hasSize(1);
		assertThat(ChangeMessage.parse(payloads.get(0)).change().articleIds()).isEmpty();
	}

	@Test
	void anImportOfThousandsOfStoriesIsSplitUnderTheNotifyLimit() {
		Set<Long> ids = LongStream.rangeClosed(1_000_000_000_000L, 1_000_000_002_000L)
			.boxed()
			.collect(Collectors.toSet());
		List<String> payloads = ChangeMessage.payloads("a", RemoteChange.Kind.STORIES, ids);
		assertThat(payloads).hasSizeGreaterThan(1)
			.allSatisfy((payload) -> assertThat(payload.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(8000));
		Set<Long> received = new HashSet<>();
		payloads.forEach((payload) -> received.addAll(ChangeMessage.parse(payload).change().articleIds()));
		assertThat(received).isEqualTo(ids);
	}

	@Test
	void somethingElseOnTheChannelIsIgnored() {
		assertThat(ChangeMessage.parse("hello")).isNull();
		assertThat(ChangeMessage.parse("a NONSENSE 1,2")).isNull();
		assertThat(ChangeMessage.parse("a STORIES 1,x")).isNull();
	}

}
