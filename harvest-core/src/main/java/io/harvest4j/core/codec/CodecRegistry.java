package io.harvest4j.core.codec;

import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.HarvestConfig;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the codec for a client: the one place where harvest4j calls {@link ServiceLoader}.
 *
 * <p>Providers given explicitly (through the builder or a Guice {@code Multibinder}) are asked
 * first, in order, then those {@code ServiceLoader} finds on the module path or the class path.
 * The first provider that {@linkplain CodecProvider#create creates} a codec for the configured
 * format wins; when the configuration names a provider, only providers of that name are asked.
 * A provider that fails is skipped and reported; when no codec fits, the error lists every
 * provider tried and what each said.
 */
public final class CodecRegistry {

    private final List<CodecProvider> explicit;
    private final boolean discover;

    private CodecRegistry(List<CodecProvider> explicit, boolean discover) {
        this.explicit = List.copyOf(explicit);
        this.discover = discover;
    }

    /** @return a registry of the providers that {@link ServiceLoader} finds */
    public static CodecRegistry discovering() {
        return new CodecRegistry(List.of(), true);
    }

    /**
     * @param providers providers to ask before those {@link ServiceLoader} finds
     * @return a registry of both
     */
    public static CodecRegistry discovering(List<? extends CodecProvider> providers) {
        return new CodecRegistry(new ArrayList<>(providers), true);
    }

    /**
     * @param providers the only providers to ask
     * @return a registry that does not look further
     */
    public static CodecRegistry of(List<? extends CodecProvider> providers) {
        return new CodecRegistry(new ArrayList<>(providers), false);
    }

    /**
     * Finds the codec for the configured format.
     *
     * @param config the client's configuration: its {@linkplain HarvestConfig#format() format} and
     *     optional {@linkplain HarvestConfig#codecProvider() provider name}
     * @return the codec
     * @throws ConfigurationException when no provider gives one; the message lists each tried
     */
    public Codec codecFor(HarvestConfig config) {
        Objects.requireNonNull(config, "config");
        Format format = config.format();
        Optional<String> wanted = config.codecProvider();
        List<String> tried = new ArrayList<>();
        for (CodecProvider provider : explicit) {
            Optional<Codec> codec = ask(provider, format, config, wanted, tried);
            if (codec.isPresent()) {
                return codec.get();
            }
        }
        if (discover) {
            Iterator<CodecProvider> found = ServiceLoader.load(CodecProvider.class).iterator();
            while (true) {
                CodecProvider provider;
                try {
                    if (!found.hasNext()) {
                        break;
                    }
                    provider = found.next();
                } catch (ServiceConfigurationError e) {
                    tried.add("a provider that could not be loaded (" + e.getMessage() + ")");
                    continue;
                }
                Optional<Codec> codec = ask(provider, format, config, wanted, tried);
                if (codec.isPresent()) {
                    return codec.get();
                }
            }
        }
        throw new ConfigurationException("no codec for " + format
                + wanted.map(name -> " from a provider named '" + name + "'").orElse("")
                + ": " + remedy(format)
                + (tried.isEmpty() ? "; no CodecProvider was found" : "; tried: " + String.join("; ", tried)));
    }

    /** What the user adds to have a codec for the format. */
    private static String remedy(Format format) {
        if (format.equals(Format.XML)) {
            return "add the artifact io.harvest4j:harvest-xml (module io.harvest4j.xml) to the application";
        }
        if (format.equals(Format.JSON)) {
            return "add the artifact io.harvest4j:harvest-json (module io.harvest4j.json) to the application";
        }
        return "add a codec module whose CodecProvider serves " + format.mediaType();
    }

    private static Optional<Codec> ask(CodecProvider provider, Format format, HarvestConfig config,
            Optional<String> wanted, List<String> tried) {
        String name;
        try {
            name = provider.name();
        } catch (RuntimeException | LinkageError e) {
            tried.add(provider.getClass().getName() + " failed to name itself (" + e + ")");
            return Optional.empty();
        }
        String label = name + " (" + provider.getClass().getName() + ")";
        if (wanted.isPresent() && !wanted.get().equals(name)) {
            tried.add(label + " skipped: not the provider named in the configuration");
            return Optional.empty();
        }
        try {
            Optional<Codec> codec = Objects.requireNonNull(provider.create(format, config),
                    "create returned null instead of Optional.empty()");
            if (codec.isPresent() && !codec.get().format().equals(format)) {
                tried.add(label + " offered a codec for " + codec.get().format() + ", not " + format);
                return Optional.empty();
            }
            if (codec.isEmpty()) {
                tried.add(label + " passed");
            }
            return codec;
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            tried.add(label + " failed: " + e);
            return Optional.empty();
        }
    }
}
