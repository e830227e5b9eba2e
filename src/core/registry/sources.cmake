# Files of the registry area of dxcore: image references as the docker CLI normalises them, and
# the registry credentials it would send (config.json auths, credsStore, credHelpers).
target_sources(dxcore PRIVATE
    registry/credentialhelper.cpp registry/credentialhelper.h
    registry/dockerconfigfile.cpp registry/dockerconfigfile.h
    registry/imagereference.cpp registry/imagereference.h
    registry/registryauth.cpp registry/registryauth.h
    registry/registrycredentials.cpp registry/registrycredentials.h
)
